import { crc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { atlassianChecksumOk, azureCaskChecksumOk, azureLegacyChecksumOk, bbdcStructureOk, githubChecksumOk, gitlabRoutableChecksumOk } from '../../../shared/hosts/formats/checksums'
import { crc32Ascii } from '../../../shared/hosts/formats/crc32'
import { marvin } from '../../../shared/hosts/formats/marvin32'
import { gitlabRoutableToken, randomChars } from '../../helpers/token-samples'

// Each checksum against samples published by the scanners or hosts; a one-character change must fail it.
const flip = (s: string, at: number) => s.slice(0, at) + (s[at] === 'Q' ? 'R' : 'Q') + s.slice(at + 1)

describe('checksums', () => {
  it('CRC-32 equals zlib for any ASCII text', () => {
    for (let i = 0; i < 200; i++) {
      const text = randomChars(i)
      expect(crc32Ascii(text)).toBe(crc32(Buffer.from(text)) >>> 0)
    }
  })
  it('GitHub base62 CRC (CredSweeper tests/samples/github_classic_token)', () => {
    expect(githubChecksumOk('ghp_00000000000000000000000000000004WZ4EQ')).toBe(true)
    expect(githubChecksumOk('ghp_1010110010001010101001010101010101011001')).toBe(false)
    // Widely copied documentation placeholder (GitHub docs OAuth example with a prefix added).
    expect(githubChecksumOk('ghp_16C7e42F292c6912E7710c838347Ae178B4a')).toBe(false)
  })
  it('Atlassian trailing CRC (gitleaks rules/atlassian.go tps; CredSweeper tests/samples/atlassian_pat, bitbucket_app_password)', () => {
    const gitleaks = 'ATATT3xFfGF0K3irG5tKKi-6u-wwaXQFeGwZ-IHR-hQ3CulkKtMSuteRQFfLZ6jihHThzZCg_UjnDt-4Wl_gIRf4zrZJs5JqaeuBhsfJ4W5GD6yGg3W7903gbvaxZPBjxIQQ7BgFDSkPS8oPispw4KLz56mdK-G6CIvLO6hHRrZHY0Q3tvJ6JxE=C63992E6'
    expect(atlassianChecksumOk(gitleaks)).toBe(true)
    expect(atlassianChecksumOk(flip(gitleaks, 30))).toBe(false)
    expect(atlassianChecksumOk('ATBBcCe6fczW96Vzwgvb4r8F2gZS54D591C4')).toBe(true)
    expect(atlassianChecksumOk('ATBBcXe6fczW96Vzwgvb4r8F2gZS54D591C4')).toBe(false)
  })
  it('GitLab routable CRC and length field (routable_token.rb; trufflehog gitlab_v3_test.go "fake" sample)', () => {
    const token = gitlabRoutableToken()
    expect(gitlabRoutableChecksumOk(token)).toBe(true)
    expect(gitlabRoutableChecksumOk(flip(token, 8))).toBe(false)
    expect(gitlabRoutableChecksumOk('glpat-3fZ1p5y4XWcCvMGVlfakeW86MQp1Oml3Ymg0Cw.01.1203afake')).toBe(false)
    // Right CRC, wrong payload length field.
    const head = token.slice(0, -9)
    const wrongLength = `${head}zz`
    expect(gitlabRoutableChecksumOk(`${wrongLength}${(crc32(Buffer.from(wrongLength)) >>> 0).toString(36).padStart(7, '0')}`)).toBe(false)
  })
  it('Azure DevOps legacy CRC (microsoft/sarif-pattern-matcher TestData SEC101_102.AdoPat.txt)', () => {
    expect(azureLegacyChecksumOk('h5lxeqkz4zujkyvzg5emkejgelxj4x64tvyzclprekuloawbbz5q')).toBe(true)
    expect(azureLegacyChecksumOk('deadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdead')).toBe(false)
    expect(azureLegacyChecksumOk('h5lxeqkz4zujkyvzg5emkejgelxj4x64tvyzclprekuloawbbz5a')).toBe(false)
  })
  it('Marvin equals SymCrypt\'s standard test vector (microsoft/security-utilities MarvinTests.cs, SymCrypt lib/marvin32.c)', () => {
    const [low, high] = marvin(Buffer.from('abc'), 0xcd0893b7, 0xd53cd9ce)
    expect([high.toString(16), low.toString(16)]).toEqual(['22c74339', '492769bf'])
  })
  it('Azure DevOps 84-character annotated-key checksum (microsoft/security-utilities src/security_utilities_rust/test_files/bench_data.utf8)', () => {
    const key = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQQJ99AGAAAAAAAAAAAAAAAAABCDTZJ9'
    expect(azureCaskChecksumOk(key)).toBe(true)
    expect(azureCaskChecksumOk(`${key.slice(0, -1)}8`)).toBe(false)
    expect(azureCaskChecksumOk(flip(key, 10))).toBe(false)
  })
  it('Bitbucket Data Center id:bytes structure (CredSweeper tests/samples/bitbuckert_http_access_token)', () => {
    expect(bbdcStructureOk('BBDC-MzQ2Njc4NjkyMDgwOsEidtxMt9WDExIOYPEWBFXH093l')).toBe(true)
    expect(bbdcStructureOk('BBDC-ZzQ2Njc4NjkyMDgwOsEidtxMt9WDExIOYPEWBFXH093l')).toBe(false)
    expect(bbdcStructureOk('BBDC-MzQ2Njc4NjkyMDgwOsEidtx')).toBe(false)
  })
})

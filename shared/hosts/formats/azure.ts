import type { HostKind } from '../../domain/hosts'
import type { TokenFormat } from '../types'
import { azureCaskChecksumOk, azureLegacyChecksumOk } from './checksums'

const KINDS: HostKind[] = ['azure-devops', 'azure-devops-server']

/** Azure DevOps PAT formats: 84 characters with the `AZDO` signature since July 2024, 52 base32 before. */
export const AZURE_FORMATS: TokenFormat[] = [
  {
    // Microsoft's "common annotated security key" layout: 52 random, JQQJ99, date, reserved, AZDO, checksum.
    type: 'pat', label: 'Azure DevOps personal access token', prefix: '',
    pattern: /^[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9][A-L][A-Za-z0-9]{12}AAAAAZDO[A-Za-z0-9]{4}$/, length: { min: 84, max: 84 },
    alphabet: 'A-Z a-z 0-9 (base64 digits), last 4 a Marvin32 checksum', checksum: azureCaskChecksumOk, personal: true, kinds: KINDS,
    source: 'microsoft/security-utilities GeneratedRegexPatterns/HighConfidenceSecurityModels.json (SEC101/201) and IdentifiableSecrets.cs',
  },
  {
    // The signature's position is not published (one scanner sample has it at 76), so anywhere.
    type: 'pat', label: 'Azure DevOps personal access token', prefix: '', pattern: /^(?=[A-Za-z0-9]*AZDO)[A-Za-z0-9]{84}$/,
    cut: /^(?=[A-Za-z0-9]*(?:JQQJ|AZDO))[A-Za-z0-9]{53,83}$/, length: { min: 84, max: 84 }, alphabet: 'A-Z a-z 0-9 with AZDO', personal: true, kinds: KINDS,
    source: 'MicrosoftDocs/azure-devops-docs release-notes/2024/includes/general/sprint-241-update.md (84 characters, 52 random)',
  },
  {
    type: 'pat', label: 'Azure DevOps personal access token (older format)', prefix: '', pattern: /^[a-z2-7]{52}$/, length: { min: 52, max: 52 },
    alphabet: 'lowercase base32 with a CRC-32 inside', checksum: azureLegacyChecksumOk, personal: true, kinds: KINDS, onlyWhenChosen: true,
    source: 'microsoft/sarif-pattern-matcher src/Plugins/Security/SecurePlaintextSecretsValidators/SEC101_102.AdoPatValidator.cs',
  },
]

import type { ExportFileView } from '../../shared/ipc/channels/expiry'

/** Offers a file made in main as a browser download: the renderer has no file access of its own. */
export const saveDownload = (file: ExportFileView): void => {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/**
 * A message from main as a user should read it: `backticked` words (scope names, commands, paths) shown as
 * <code>, never as raw backticks. Every screen that shows a host or service message goes through this.
 */
export const MessageText = ({ text }: { text: string }) => (
  <>{text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>
)

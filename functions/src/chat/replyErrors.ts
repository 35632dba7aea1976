/** The model's answer ended with no text and no usable tool call: the reply ends as `empty_reply`. */
export class EmptyReplyError extends Error {
  override name = 'EmptyReplyError';

  constructor(reasoningChars: number) {
    super(
      reasoningChars > 0
        ? `The model only reasoned (${reasoningChars} characters) and wrote no answer; it may have spent its output tokens on thinking.`
        : 'The model ended its answer with no text and no tool call.',
    );
  }
}

/**
 * Server-sent events decoding (the WHATWG event-stream format), for upstream streams. Text arrives
 * in arbitrary pieces — a line, an event or a multi-byte character may be split anywhere — so the
 * decoder keeps the unfinished line and yields an event only when its blank line has arrived.
 */

export interface ServerSentEvent {
  /** The `event:` field, `message` when absent. */
  event: string;
  /** The `data:` lines, joined by newlines. */
  data: string;
}

export class SseDecoder {
  #partial = '';
  /** A `\r` ended the last piece: a `\n` opening the next belongs to the same line break. */
  #afterCarriageReturn = false;
  #data: string[] = [];
  #event = '';

  /** The events completed by `text`. */
  push(text: string): ServerSentEvent[] {
    let input = text;
    if (this.#afterCarriageReturn && input.startsWith('\n')) input = input.slice(1);
    this.#afterCarriageReturn = input.endsWith('\r');
    const lines = (this.#partial + input).split(/\r\n|\r|\n/);
    this.#partial = lines.pop() ?? '';
    const events: ServerSentEvent[] = [];
    for (const line of lines) {
      const event = this.#line(line);
      if (event) events.push(event);
    }
    return events;
  }

  /**
   * The end of the stream. The format discards an event whose blank line never came; it is
   * returned here instead, so that a caller can tell a stream that was cut off.
   */
  end(): ServerSentEvent | undefined {
    if (this.#partial !== '') {
      this.#line(this.#partial);
      this.#partial = '';
    }
    if (this.#data.length === 0) return undefined;
    const unfinished = { event: this.#event || 'message', data: this.#data.join('\n') };
    this.#data = [];
    this.#event = '';
    return unfinished;
  }

  #line(line: string): ServerSentEvent | undefined {
    if (line === '') {
      if (this.#data.length === 0) {
        this.#event = '';
        return undefined;
      }
      const event = { event: this.#event || 'message', data: this.#data.join('\n') };
      this.#data = [];
      this.#event = '';
      return event;
    }
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.#data.push(value);
    else if (field === 'event') this.#event = value;
    // `id` and `retry` matter to browsers reconnecting, not to a one-shot upstream call.
    return undefined;
  }
}

import { pageMetadata } from '@/lib/extract/metadata';
import { collectPageText, type PageText } from '@/lib/text/page-text';
import { FrameHost, isOwnUi } from './frame-host';
import { currentPageRef } from './capture';

/** The form's distance from the viewport's top right corner, and its width when the viewport has room. */
const MARGIN = 12;
const WIDTH = 380;

/** Offset in the page's text of a point in the DOM, when the point is in one of its text nodes. */
function offsetOf(page: PageText, node: Node, offset: number): number | undefined {
  const i = node.nodeType === Node.TEXT_NODE ? page.nodes.indexOf(node as Text) : -1;
  return i < 0 ? undefined : page.starts[i] + offset;
}

/**
 * The form that saves the reader's selection, in the viewport's top right corner.
 * The frame detects the speaker and the context in the page's text and saves
 * through the background itself; the page only lends its text and metadata.
 */
export class SaveFormHost {
  private readonly frame = new FrameHost({ resized: (height) => this.place(height), closed: () => this.close() });

  get isOpen(): boolean {
    return this.frame.isOpen;
  }

  contains(target: EventTarget | null): boolean {
    return this.frame.contains(target);
  }

  /** Opens the form on the reader's selection (empty when there is none: the reader can type the quote). */
  open(): void {
    const selection = document.getSelection();
    const range = selection?.rangeCount ? selection.getRangeAt(0) : undefined;
    const page = collectPageText(document.body, isOwnUi);
    this.close();
    this.frame.show(
      {
        ui: 'save-form',
        selection: range?.toString() ?? '',
        pageText: page.text,
        start: range && offsetOf(page, range.startContainer, range.startOffset),
        end: range && offsetOf(page, range.endContainer, range.endOffset),
        source: pageMetadata(document, location.href),
        page: currentPageRef(),
      },
      { focus: true },
    );
    this.place(1);
  }

  close(): void {
    this.frame.close();
  }

  private place(height: number): void {
    const width = Math.min(WIDTH, innerWidth - 2 * MARGIN);
    this.frame.place({ top: MARGIN, left: innerWidth - MARGIN - width, width, height: Math.min(height, innerHeight - 2 * MARGIN) });
  }
}

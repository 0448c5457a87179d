// @vitest-environment jsdom
import '../../../test/fixtures/dom.ts';
import { render } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import DropOverlay from './DropOverlay.svelte';

/** A drag event over the window carrying `types` (jsdom has no DragEvent). */
async function drag(type: string, types: string[] = ['Files'], files: File[] = []): Promise<void> {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types, files, dropEffect: 'none' } });
  window.dispatchEvent(event);
  await tick();
}

function setup() {
  const said: string[] = [];
  const dropped: File[][] = [];
  const onenter = () => (said.push('enter'), () => void said.push('over'));
  const result = render(DropOverlay, { onfiles: (files: File[]) => void dropped.push(files), onenter });
  return { said, dropped, ...result };
}

describe('the drop overlay', () => {
  it('says once that files came over the page, however many elements they cross, and when they left it', async () => {
    const { said, container } = setup();
    await drag('dragenter');
    await drag('dragenter'); // a child element
    expect(said).toEqual(['enter']);
    expect(container.ownerDocument.querySelector('.overlay')).not.toBeNull();
    await drag('dragleave');
    expect(said).toEqual(['enter']);
    await drag('dragleave');
    expect(said).toEqual(['enter', 'over']);
    expect(container.ownerDocument.querySelector('.overlay')).toBeNull();
  });

  it('hands the dropped files over before saying the drag is over', async () => {
    const said: string[] = [];
    const onenter = () => (said.push('enter'), () => void said.push('over'));
    render(DropOverlay, { onfiles: () => void said.push('files'), onenter });
    await drag('dragenter');
    await drag('drop', ['Files'], [new File(['a'], 'a.csv')]);
    expect(said).toEqual(['enter', 'files', 'over']);
  });

  it('leaves drags of text and links alone', async () => {
    const { said } = setup();
    await drag('dragenter', ['text/plain']);
    await drag('dragleave', ['text/plain']);
    expect(said).toEqual([]);
  });
});

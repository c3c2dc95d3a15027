// A region that scrolls (a wide table, a letter on its desk, the rows of an import) can be
// scrolled with the keyboard: while its content overflows it takes the focus (Tab), and the
// arrow keys and Page Up/Down then scroll it, as WCAG asks of scrollable regions.

/** How the region is named: its own words, or the id of the heading that names it. */
export interface ScrollName {
  label?: string;
  labelledby?: string;
}

/** `use:scrollable={{ labelledby: 'title-id' }}`: focusable, and named, while it scrolls. */
export function scrollable(node: HTMLElement, name: ScrollName = {}) {
  let named = name;
  const update = () => {
    const scrolls = node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1;
    if (scrolls) {
      node.tabIndex = 0;
      if (!node.hasAttribute('role')) node.setAttribute('role', 'region');
      if (named.label) node.setAttribute('aria-label', named.label);
      if (named.labelledby) node.setAttribute('aria-labelledby', named.labelledby);
    } else if (node.tabIndex === 0) {
      node.removeAttribute('tabindex');
    }
  };
  const observer = new ResizeObserver(update);
  observer.observe(node);
  const mutations = new MutationObserver(update);
  mutations.observe(node, { childList: true, subtree: true });
  update();
  return {
    update(next: ScrollName = {}) {
      named = next;
      update();
    },
    destroy() {
      observer.disconnect();
      mutations.disconnect();
    },
  };
}

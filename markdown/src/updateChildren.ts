/**
 * Makes `parent`'s children look like `next`, keeping every node that is already right: a streaming reply
 * is rendered anew as it grows, and only what changed is touched, so text does not flicker, a selection
 * and a code block's or table's sideways scroll stay where they are.
 */
export function updateChildren(parent: Node, next: readonly Node[]): void {
  next.forEach((wanted, index) => {
    const current = parent.childNodes[index];
    if (!current) parent.appendChild(wanted);
    else if (current.nodeType !== wanted.nodeType || current.nodeName !== wanted.nodeName) {
      parent.replaceChild(wanted, current);
    } else if (current.nodeType !== 1) {
      if (current.nodeValue !== wanted.nodeValue) current.nodeValue = wanted.nodeValue;
    } else {
      updateAttributes(current as Element, wanted as Element);
      updateChildren(current, [...wanted.childNodes]);
    }
  });
  while (parent.childNodes.length > next.length) parent.lastChild?.remove();
}

function updateAttributes(current: Element, wanted: Element): void {
  for (const { name } of [...current.attributes]) if (!wanted.hasAttribute(name)) current.removeAttribute(name);
  for (const { name, value } of [...wanted.attributes]) {
    if (current.getAttribute(name) !== value) current.setAttribute(name, value);
  }
}

"use strict";
(() => {
  const form = document.getElementById("lb-filters");
  if (!form) return;
  const box = form.elements.namedItem("q");
  const count = document.getElementById("lb-count");
  const events = Array.from(document.querySelectorAll(".ev"));
  const bars = Array.from(document.querySelectorAll(".bar"));
  const sections = Array.from(document.querySelectorAll(".sec"));
  // Case and marks folded away, so «كسرت» finds «كُسرت» and "cafe" finds "café".
  const fold = (s) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLocaleLowerCase();
  let texts = null; // folded on first use, so a big page opens without the wait
  const picked = (name) =>
    new Set(Array.from(form.querySelectorAll(`input[name="${name}"]:checked`), (i) => i.value));
  let pending = 0;
  const apply = () => {
    pending = 0;
    const q = fold(box.value.trim());
    texts = texts || events.map((el) => fold(el.textContent));
    const days = picked("day");
    const kinds = picked("kind");
    let shown = 0;
    events.forEach((el, i) => {
      el.hidden = !days.has(el.dataset.day) || !kinds.has(el.dataset.kind) || !texts[i].includes(q);
      shown += el.hidden ? 0 : 1;
    });
    for (const bar of bars) bar.hidden = document.getElementById(bar.dataset.for).hidden;
    for (const sec of sections) sec.hidden = sec.querySelector(".ev:not([hidden])") === null;
    count.textContent = `${shown} of ${events.length} shown`;
  };
  form.addEventListener("input", () => {
    pending = pending || requestAnimationFrame(apply);
  });
  form.addEventListener("submit", (e) => e.preventDefault());
  form.hidden = false;
})();

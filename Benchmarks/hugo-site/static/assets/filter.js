// Minimal in-page filter for the Hugo twin.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("job-filter");
  if (!form) return;
  form.hidden = false;
  form.addEventListener("input", () => {
    const q = (form.q.value || "").toLowerCase();
    for (const card of document.querySelectorAll(".job-card")) {
      card.hidden = q !== "" && !card.dataset.search.includes(q);
    }
  });
});

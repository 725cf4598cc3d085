import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';
import { initAll as initMoj } from '/webjars/ministryofjustice__frontend/moj/moj-frontend.min.js';

initAll();
initMoj();

// Parts of a page that htmx brings in get the same components as the page.
document.body.addEventListener('htmx:afterSettle', (event) => {
  initAll({ scope: event.detail.elt });
  initMoj({ scope: event.detail.elt });
});

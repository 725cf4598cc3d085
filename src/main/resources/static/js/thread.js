// The golden thread's branches: "Open all" and "Close all", and a link to an item shown in full
// opens the branches that hold it. Without JavaScript each branch still opens and closes itself.
const controls = document.querySelector('[data-thread-controls]');
if (controls) {
  controls.hidden = false;
  controls.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-thread]');
    if (!button) {
      return;
    }
    const open = button.dataset.thread === 'open';
    document.querySelectorAll('details.gt-branch').forEach((branch) => {
      branch.open = open;
    });
  });
}

function openAround(target) {
  for (let branch = target.closest('details'); branch; branch = branch.parentElement.closest('details')) {
    branch.open = true;
  }
}

// Open the branches before the browser follows the link, so that it finds the item shown.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href^="#thread-item-"]');
  const target = link && document.getElementById(link.hash.slice(1));
  if (target) {
    openAround(target);
  }
});

function reveal(hash) {
  if (!hash.startsWith('#thread-item-')) {
    return;
  }
  const target = document.getElementById(hash.slice(1));
  if (!target) {
    return;
  }
  openAround(target);
  target.scrollIntoView();
  target.focus({ preventScroll: true });
}

window.addEventListener('hashchange', () => reveal(window.location.hash));
reveal(window.location.hash);

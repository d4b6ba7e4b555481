/* Openings default theme: in-place job filtering.
   Progressive enhancement: without this script the filter links (one listing page per
   department, workplace, location and remote-from country) still work. With it, the
   hidden form takes their place (a page shows one or the other, never both) and filters
   the job cards on the page. The filters sit in a disclosure, closed on narrow screens
   so the first position shows first; this script opens it on wide screens and when the
   address carries filters. The query string (?q=&department=&workplace=&location=&remote=)
   is kept in step with history.replaceState, so a filtered view can be shared.
   No dependencies, ES2017, text only (never innerHTML). */
(function () {
  'use strict';

  const form = document.getElementById('job-filter');
  if (!form || !('URLSearchParams' in window)) {
    return;
  }

  const cards = Array.from(document.querySelectorAll('.job-card'));
  const groups = Array.from(document.querySelectorAll('[data-job-group]'));
  const status = document.getElementById('listing-count');
  const noResults = document.getElementById('no-results');
  const browse = document.getElementById('browse');
  const disclosure = form.closest('details');
  const resetButton = form.querySelector('button[type="reset"]');
  const actions = resetButton ? resetButton.closest('.field') : null;
  const initialStatus = status ? status.textContent : '';
  const query = form.elements.namedItem('q');
  const selects = {
    department: form.elements.namedItem('department'),
    workplace: form.elements.namedItem('workplace'),
    location: form.elements.namedItem('location'),
    remote: form.elements.namedItem('remote')
  };
  const params = ['q', 'department', 'workplace', 'location', 'remote'];
  // Cards list their places (data-locations) and the countries they can be done from
  // (data-remote) as space-separated values; a remote job that names no country has none.
  const lists = { location: 'locations', remote: 'remote' };

  function cardValues(card, name) {
    const data = card.dataset;
    if (lists[name]) {
      return (data[lists[name]] || '').split(/\s+/).filter(Boolean);
    }
    return [data[name] || ''];
  }

  // The page offers only its own cards' entries; keep only the options that match a
  // card all the same (a theme's card may lack a data attribute), and hide a select
  // that cannot narrow the list (on a department page every card has the same department).
  Object.keys(selects).forEach((name) => {
    const select = selects[name];
    if (!select) {
      return;
    }
    const counts = new Map();
    cards.forEach((card) => {
      cardValues(card, name).forEach((value) => {
        counts.set(value, (counts.get(value) || 0) + 1);
      });
    });
    Array.from(select.options).forEach((option) => {
      if (option.value !== '' && !counts.has(option.value)) {
        option.remove();
      }
    });
    const real = Array.from(select.options).filter((option) => option.value !== '');
    const useless = real.length === 0 || (real.length === 1 && counts.get(real[0].value) === cards.length);
    const field = select.closest('.field');
    if (useless && field) {
      field.hidden = true;
      select.disabled = true;
    }
  });

  function words(text) {
    return text.toLowerCase().split(/\s+/).filter(Boolean);
  }

  function currentFilters() {
    const filters = { q: query ? query.value.trim() : '' };
    Object.keys(selects).forEach((name) => {
      const select = selects[name];
      filters[name] = select && !select.disabled ? select.value : '';
    });
    return filters;
  }

  function matches(card, filters, terms) {
    const data = card.dataset;
    if (filters.department && data.department !== filters.department) {
      return false;
    }
    if (filters.workplace && data.workplace !== filters.workplace) {
      return false;
    }
    if (filters.location && cardValues(card, 'location').indexOf(filters.location) === -1) {
      return false;
    }
    if (filters.remote && cardValues(card, 'remote').indexOf(filters.remote) === -1) {
      return false;
    }
    const haystack = data.search || '';
    return terms.every((term) => haystack.indexOf(term) !== -1);
  }

  // The page's words for "N positions match", one per plural form of its language
  // (data-matches-one, -few, -many, -other, from the theme's translation table).
  const plural = 'PluralRules' in Intl ? new Intl.PluralRules(document.documentElement.lang || 'en') : null;
  const number = 'NumberFormat' in Intl ? new Intl.NumberFormat(document.documentElement.lang || 'en') : null;
  function describe(count) {
    const category = plural ? plural.select(count) : (count === 1 ? 'one' : 'other');
    const key = 'matches' + category.charAt(0).toUpperCase() + category.slice(1);
    const pattern = form.dataset[key] || form.dataset.matchesOther || '{count}';
    return pattern.replace('{count}', number ? number.format(count) : String(count));
  }

  function writeURL(filters) {
    const search = new URLSearchParams(window.location.search);
    params.forEach((name) => {
      if (filters[name]) {
        search.set(name, filters[name]);
      } else {
        search.delete(name);
      }
    });
    const text = search.toString();
    const url = window.location.pathname + (text ? '?' + text : '') + window.location.hash;
    try {
      window.history.replaceState(window.history.state, '', url);
    } catch (error) {
      // A file:// page may refuse; filtering still works.
    }
  }

  let announceTimer = 0;

  // Screen readers hear the count once typing pauses, not on every key.
  function announce(text, immediately) {
    window.clearTimeout(announceTimer);
    if (!status) {
      return;
    }
    if (immediately) {
      status.textContent = text;
    } else {
      announceTimer = window.setTimeout(() => {
        status.textContent = text;
      }, 500);
    }
  }

  function apply(immediately) {
    const filters = currentFilters();
    const terms = words(filters.q);
    const active = params.some((name) => filters[name]);
    let visible = 0;

    cards.forEach((card) => {
      const show = matches(card, filters, terms);
      card.hidden = !show;
      if (show) {
        visible += 1;
      }
    });

    groups.forEach((group) => {
      const shown = group.querySelectorAll('.job-card:not([hidden])').length;
      group.hidden = shown === 0;
      const badge = group.querySelector('[data-group-count]');
      if (badge) {
        badge.textContent = String(shown);
      }
    });

    if (noResults) {
      noResults.hidden = visible !== 0;
    }
    if (actions && !actions.contains(document.activeElement)) {
      actions.hidden = !active;
    }
    announce(active ? describe(visible) : initialStatus, immediately);
    writeURL(filters);
  }

  function readURL() {
    const search = new URLSearchParams(window.location.search);
    if (query) {
      query.value = search.get('q') || '';
    }
    Object.keys(selects).forEach((name) => {
      const select = selects[name];
      const wanted = search.get(name) || '';
      if (!select || select.disabled) {
        return;
      }
      const known = Array.from(select.options).some((option) => option.value === wanted);
      select.value = known ? wanted : '';
    });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(true);
  });
  form.addEventListener('input', (event) => {
    apply(event.target !== query);
  });
  // Some browsers fire only change for a select.
  form.addEventListener('change', (event) => {
    if (event.target !== query) {
      apply(true);
    }
  });
  form.addEventListener('reset', () => {
    // The reset event fires before the controls are cleared.
    window.setTimeout(() => {
      // Keep focus in the form when the clear button hides itself.
      if (query && actions && actions.contains(document.activeElement)) {
        query.focus();
      }
      apply(true);
    }, 0);
  });

  // The form takes the links' place on every page: one filter UI at a time.
  form.hidden = false;
  if (browse) {
    browse.hidden = true;
  }
  readURL();
  apply(true);
  // Open on wide screens, where the form is one row; on a phone only when the address
  // brings filters, so the reader sees why fewer positions show.
  if (disclosure && !disclosure.open) {
    const wide = 'matchMedia' in window && window.matchMedia('(min-width: 64rem)').matches;
    const filtered = params.some((name) => currentFilters()[name]);
    if (wide || filtered) {
      disclosure.open = true;
    }
  }
}());

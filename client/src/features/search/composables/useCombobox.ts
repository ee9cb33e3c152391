import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';

export interface ComboboxOptions {
  /** How many options the listbox has now (0 = nothing to show). */
  count: MaybeRefOrGetter<number>;
  /** Enter on an active option (or a click on one). */
  onSelect: (index: number) => void;
  /** Enter with no active option: the whole query. */
  onSubmit: () => void;
  /** Escape on a closed popup: empty the input. */
  onClear: () => void;
}

/**
 * The keyboard model of the WAI-ARIA APG "combobox with listbox popup": focus stays in the input, the
 * active option is only pointed at (aria-activedescendant). ArrowDown/ArrowUp open the popup and move,
 * wrapping at both ends; Enter opens the active option or submits; Escape closes, then clears; Home/End
 * are left to the input's caret.
 */
export function useCombobox(options: ComboboxOptions) {
  const open = ref(false);
  const active = ref(-1);
  const count = computed(() => toValue(options.count));
  const expanded = computed(() => open.value && count.value > 0);

  function show() {
    open.value = count.value > 0;
  }

  function close() {
    open.value = false;
    active.value = -1;
  }

  /** The input's text changed: the pointer goes back to the input, the list shows when results arrive. */
  function reset() {
    active.value = -1;
  }

  function move(step: 1 | -1) {
    const n = count.value;
    if (!n) return;
    if (!open.value) {
      open.value = true;
      active.value = step === 1 ? 0 : n - 1;
      return;
    }
    active.value = active.value < 0 ? (step === 1 ? 0 : n - 1) : (active.value + step + n) % n;
  }

  function onKeydown(event: KeyboardEvent) {
    // Keys that finish an input method's composition (Enter, arrows) belong to it.
    if (event.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) show();
        else move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        break;
      case 'Enter':
        event.preventDefault();
        if (expanded.value && active.value >= 0 && active.value < count.value) {
          const index = active.value;
          close();
          options.onSelect(index);
        } else {
          close();
          options.onSubmit();
        }
        break;
      case 'Escape':
        if (expanded.value) {
          event.preventDefault();
          close();
        } else {
          options.onClear();
          active.value = -1;
        }
        break;
      case 'Home':
      case 'End':
        // The caret moves in the input; the option pointer goes back to the input.
        active.value = -1;
        break;
      case 'Tab':
        close();
        break;
    }
  }

  /** A mouse click on an option. */
  function choose(index: number) {
    close();
    options.onSelect(index);
  }

  return { open, active, expanded, show, close, reset, onKeydown, choose };
}

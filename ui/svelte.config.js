// Every component uses runes ($state, $derived, $props); older syntax is a compile error.
export default {
  compilerOptions: {
    runes: true,
  },
};

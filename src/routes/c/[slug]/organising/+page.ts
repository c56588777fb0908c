// A member's own page: server-rendered, no script.
export const csr = false;

// Pages render on the server and ship no JavaScript; a page that needs script opts back in.
export const csr = false;

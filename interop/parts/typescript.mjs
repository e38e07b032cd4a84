export async function runTypeScript() {}

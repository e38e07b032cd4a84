export async function runHttp() {}

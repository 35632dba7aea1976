/** Calls a callable function as the signed-in visitor (the chat's connection). */
export type CallBackend = <Request, Response>(name: string, data: Request) => Promise<Response>;

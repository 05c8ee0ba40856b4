import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export type RawRequestListener = (req: IncomingMessage, res: ServerResponse, secure: boolean) => void;

export interface DualProtocolListener {
  port: number;
  close(): Promise<void>;
}

const TLS_HANDSHAKE_RECORD = 0x16;

/**
 * One port for both plain HTTP (Graph, the control API) and HTTPS (Entra ID, since MSAL
 * refuses non-https authorities). The first byte of a TLS connection is a handshake
 * record; anything else is HTTP text.
 */
export async function listenDualProtocol(
  options: { port: number; host: string; cert: string; key: string },
  onRequest: RawRequestListener,
): Promise<DualProtocolListener> {
  const http = createHttpServer((req, res) => onRequest(req, res, false));
  const https = createHttpsServer({ cert: options.cert, key: options.key }, (req, res) => onRequest(req, res, true));
  http.keepAliveTimeout = 5000;
  https.keepAliveTimeout = 5000;
  const sockets = new Set<Socket>();

  const front: NetServer = createNetServer({ pauseOnConnect: true }, (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('readable', () => {
      const first: Buffer | null = socket.read(1);
      if (first === null) {
        socket.resume();
        return;
      }
      socket.unshift(first);
      const target = first[0] === TLS_HANDSHAKE_RECORD ? https : http;
      target.emit('connection', socket);
      socket.resume();
    });
    socket.on('error', () => socket.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.listen(options.port, options.host, () => {
      front.off('error', reject);
      resolve();
    });
  });
  const port = (front.address() as AddressInfo).port;

  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        http.close();
        https.close();
        front.close(() => resolve());
      }),
  };
}

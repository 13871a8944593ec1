// The server half of the load bench (bench/load.mjs), in a child process of its own so the load
// generator and the server do not share an event loop. `node bench/load/server.mjs handler|direct`:
//   handler  createTeamkitHandler over the memory adapter, as a host mounts it (toNodeListener)
//   direct   the same URLs served by calling the memory adapter directly: no session, policy,
//            validation or guards; the baseline the handler's overhead is a ratio to
// Both use the library build (dist/), on 127.0.0.1 and a free port. Messages over IPC: the child sends
// { ready: { port, targets } }; it answers { verify } with what the backend holds.
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = (file) => import(pathToFileURL(path.join(root, 'dist', file)).href);
const { createMemoryAdapter, memoryIds } = await dist('adapters/memory.js');
const { createTeamkitHandler, toNodeListener, statusOfCode } = await dist('server.js');

const kind = process.argv[2];
const organizationId = memoryIds.organization;
/** Members enough for several pages, none of the named fixtures' special cases in the write targets. */
const memberCount = 500;
const adapter = createMemoryAdapter({ seed: 11, memberCount });

// Roles as the memory backend maps them (src/adapters/memory/permissions.ts).
const policy = {
  rolePermissions: {
    member: { viewMembers: true },
    billing_manager: { viewMembers: true, updateOrganization: true },
  },
  unmappedRolePermissions: { viewMembers: true },
};

function json(response, status, body) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(body === undefined ? undefined : JSON.stringify(body));
}

async function readJson(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
}

/** The baseline: the handler's URLs, each one adapter call and JSON, nothing else. */
async function direct(request, response) {
  try {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (request.method === 'GET' && parts[0] === 'organizations' && parts[2] === 'members') {
      const limit = Number(url.searchParams.get('limit') ?? 50);
      return json(response, 200, await adapter.listMembers({ organizationId: parts[1], limit }));
    }
    if (request.method === 'GET' && parts[0] === 'users')
      return json(response, 200, await adapter.getUser(parts[1]));
    if (request.method === 'PATCH' && parts[0] === 'users') {
      const { patch } = await readJson(request);
      return json(response, 200, await adapter.updateUser(parts[1], patch));
    }
    if (request.method === 'POST' && parts[2] === 'invitations') {
      return json(response, 201, await adapter.inviteMember(parts[1], await readJson(request)));
    }
    return json(response, 404, { code: 'not_found' });
  } catch (error) {
    json(response, statusOfCode[error?.code] ?? 500, {
      code: error?.code ?? 'unknown',
      message: error?.message,
    });
  }
}

const listener =
  kind === 'handler'
    ? toNodeListener(
        createTeamkitHandler({
          adapter,
          getSession: () => ({ userId: memoryIds.admin, organizationId }),
          policy,
          // Lifted: the bench measures serving invitations, not refusing them (the limits have their tests).
          inviteLimits: {
            perCaller: { limit: 1e9, windowMs: 60_000 },
            perOrganization: { limit: 1e9, windowMs: 60_000 },
          },
        }),
      )
    : direct;

const server = http.createServer(listener);
server.keepAliveTimeout = 30_000;
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

// Write targets: active plain members, so a profile update is an ordinary one.
const snapshot = adapter.snapshot();
const targets = snapshot.memberships
  .filter((m) => m.organizationId === organizationId && m.status === 'active' && m.userId !== memoryIds.admin)
  .map((m) => m.userId)
  .filter((id) => id && snapshot.users[id]);

process.on('message', async (message) => {
  if (!message?.verify) return;
  const { updates, invites } = message.verify;
  const data = adapter.snapshot();
  // Each user's stored bio must be their last acknowledged write, or a later one (a write still in
  // flight when the load stopped lands without its answer being counted).
  const sequence = (bio) => Number(/#(\d+)$/.exec(bio ?? '')?.[1] ?? -1);
  const lostUpdates = updates.filter(
    ([userId, bio]) => sequence(data.users[userId]?.profile.customAttributes.bio) < sequence(bio),
  );
  const emails = new Map();
  for (const m of data.memberships) {
    if (m.organizationId !== organizationId || m.status !== 'pending_invite') continue;
    const email = m.userId ? data.users[m.userId]?.email : m.email;
    if (email) emails.set(email, (emails.get(email) ?? 0) + 1);
  }
  const missingInvites = invites.filter((email) => !emails.has(email));
  const duplicateInvites = invites.filter((email) => (emails.get(email) ?? 0) > 1);
  const callsByMethod = {};
  for (const call of adapter.calls) callsByMethod[call.method] = (callsByMethod[call.method] ?? 0) + 1;
  process.send({
    verified: {
      callsByMethod,
      lostUpdates: lostUpdates.length,
      missingInvites: missingInvites.length,
      duplicateInvites: duplicateInvites.length,
      checkedUpdates: updates.length,
      checkedInvites: invites.length,
    },
  });
});
process.send({ ready: { port: server.address().port, targets, adminId: memoryIds.admin, organizationId } });

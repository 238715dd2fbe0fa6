/**
 * Managing console accounts (`/api/users`), for admins signed in to the console only (API keys
 * cannot manage accounts). Every change is audited as `user:<admin>` by the store.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ACCOUNT_ROLES } from '../../core/index.js';
import { methodNotAllowed } from '../app.js';
import { fromZod } from '../errors.js';
import { hashPassword } from '../passwords.js';
import {
  displayNameField,
  newPasswordField,
  parseBody,
  usernameField,
  withAccountErrors,
} from './auth.js';

const role = z.enum(ACCOUNT_ROLES);

const createBody = z.strictObject({
  username: usernameField,
  displayName: displayNameField,
  role,
  password: newPasswordField,
});

const updateBody = z.strictObject({
  role: role.optional(),
  displayName: displayNameField.optional(),
  disabled: z.boolean().optional(),
  password: newPasswordField.optional(),
});

const idParam = z.object({ id: z.string().min(1).max(128) });

export async function userRoutes(app: FastifyInstance): Promise<void> {
  const { store, passwords } = app.gateway;
  const now = () => new Date(app.gateway.now()).toISOString();
  app.addHook('onRequest', app.gateway.requireSignedIn('manageUsers'));
  // The onRequest hook has put the signed-in admin on every request that reaches a handler.
  const actor = (request: FastifyRequest) => `user:${request.consoleSession?.user.username}`;

  app.get('/users', async () => ({ object: 'list', data: await store.listUsers() }));

  app.post('/users', async (request, reply) => {
    const body = parseBody(createBody, request.body);
    const passwordHash = await hashPassword(body.password, passwords.cost);
    const user = await withAccountErrors(() =>
      store.createUser(
        { username: body.username, displayName: body.displayName, role: body.role, passwordHash },
        now(),
        actor(request),
      ),
    );
    return reply.status(201).send(user);
  });
  methodNotAllowed(app, '/users', ['GET', 'POST']);

  app.patch('/users/:id', async (request) => {
    const params = idParam.safeParse(request.params);
    if (!params.success) throw fromZod(params.error, 'path');
    const body = parseBody(updateBody, request.body);
    const passwordHash =
      body.password === undefined ? undefined : await hashPassword(body.password, passwords.cost);
    return withAccountErrors(() =>
      store.updateUser(
        params.data.id,
        {
          ...(body.role !== undefined ? { role: body.role } : {}),
          ...(body.displayName !== undefined ? { displayName: body.displayName } : {}),
          ...(body.disabled !== undefined ? { disabled: body.disabled } : {}),
          ...(passwordHash !== undefined ? { passwordHash } : {}),
        },
        now(),
        actor(request),
      ),
    );
  });
  methodNotAllowed(app, '/users/:id', ['PATCH']);
}

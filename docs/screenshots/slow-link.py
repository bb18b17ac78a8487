#!/usr/bin/env python3
"""A slow link in front of a local SIT, for screenshots of a download under way.

On loopback the demo SIT hands over a whole project in under half a second, too fast to see (or to cancel) a
download. This forwards TCP from LISTEN_PORT to TARGET_PORT and lets the replies through at about RATE bytes per
second, each request first waiting DELAY seconds, as a slow mobile link would.

    slow-link.py LISTEN_PORT TARGET_PORT [RATE] [DELAY]

Not a test tool: tests break links on purpose with their own proxies (tests/integration/sitharness.h).
"""
import asyncio
import sys

LISTEN, TARGET = int(sys.argv[1]), int(sys.argv[2])
RATE = int(sys.argv[3]) if len(sys.argv) > 3 else 150_000
DELAY = float(sys.argv[4]) if len(sys.argv) > 4 else 0.15
CHUNK = 4096


async def pipe(reader, writer, slow):
    try:
        while data := await reader.read(CHUNK if slow else 65536):
            writer.write(data)
            await writer.drain()
            if slow:
                await asyncio.sleep(len(data) / RATE)
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


async def handle(client_reader, client_writer):
    await asyncio.sleep(DELAY)
    try:
        up_reader, up_writer = await asyncio.open_connection('127.0.0.1', TARGET)
    except OSError:
        client_writer.close()
        return
    await asyncio.gather(pipe(client_reader, up_writer, False), pipe(up_reader, client_writer, True))


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', LISTEN)
    async with server:
        await server.serve_forever()


asyncio.run(main())

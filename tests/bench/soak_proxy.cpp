// soak_proxy: a TCP proxy in front of a SIT that breaks HTTP requests on purpose, for bench_soak.
//
//   soak_proxy --target PORT [--listen PORT] [--rate 0.2] [--seed N]
//
// It reads each HTTP/1.1 request whole (head and Content-Length body; clients keep connections alive, so several
// requests travel one after the other on one connection) and then, drawing from its own seeded generator:
//   - with probability rate/2 closes the client's connection without forwarding the request: it never reaches the SIT;
//   - with probability rate/2 forwards it and closes the client's connection as soon as the SIT's answer starts to
//     arrive, without passing on a byte of it: the SIT has done the work (a WFS-T transaction is committed before
//     QGIS Server answers), the client never learns it;
//   - otherwise forwards the request and the answer untouched.
// A dropped request takes its connection down (and the proxy's connection to the SIT with it), so 20 % of requests
// dropped is also 20 % of the connections that carried them broken mid-way. A chunked request body is forwarded
// untouched and never dropped (libcurl sends Content-Length for the sync's bodies).
//
// Prints "port N" on stdout once it listens. SIGUSR1 stops the faults, SIGUSR2 starts them again; SIGTERM or SIGINT
// ends it after printing one JSON line of counts on stdout.

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cctype>
#include <cstring>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace {

volatile sig_atomic_t g_stop = 0;
volatile sig_atomic_t g_faults = 1;

void onStop(int) { g_stop = 1; }
void onFaultsOff(int) { g_faults = 0; }
void onFaultsOn(int) { g_faults = 1; }

struct Counts
{
    long connections = 0, requests = 0, forwarded = 0, droppedBefore = 0, droppedAfter = 0, chunked = 0,
         upstreamFailures = 0;
    long long bytesUp = 0, bytesDown = 0;
};

void nonBlocking(int fd)
{
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

struct Connection
{
    int client = -1, upstream = -1;
    std::string fromClient;   // request bytes not yet judged
    std::string toUpstream;   // judged, waiting to be written
    std::string toClient;     // answer bytes waiting to be written
    bool dropOnAnswer = false; // the request in flight is to be dropped when its answer starts
    bool passThrough = false;  // a chunked body: forward everything as it comes
    bool clientEof = false, upstreamEof = false;
    bool dead = false;
};

// Length of the first complete request in buf (head + body), 0 when incomplete, -1 for a chunked one.
long requestLength(const std::string &buf)
{
    const size_t end = buf.find("\r\n\r\n");
    if (end == std::string::npos)
        return 0;
    const size_t head = end + 4;
    long body = 0;
    size_t pos = buf.find("\r\n") + 2;
    while (pos < end) {
        const size_t eol = buf.find("\r\n", pos);
        std::string line = buf.substr(pos, eol - pos);
        pos = eol + 2;
        const size_t colon = line.find(':');
        if (colon == std::string::npos)
            continue;
        std::string name = line.substr(0, colon);
        for (char &c : name)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        std::string value = line.substr(colon + 1);
        if (name == "content-length")
            body = std::atol(value.c_str());
        else if (name == "transfer-encoding" && value.find("chunked") != std::string::npos)
            return -1;
    }
    if (buf.size() < head + size_t(body))
        return 0;
    return long(head) + body;
}

} // namespace

int main(int argc, char *argv[])
{
    int listenPort = 0, target = 0;
    double rate = 0.2;
    unsigned long long seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--listen")
            listenPort = std::atoi(argv[i + 1]);
        else if (a == "--target")
            target = std::atoi(argv[i + 1]);
        else if (a == "--rate")
            rate = std::atof(argv[i + 1]);
        else if (a == "--seed")
            seed = std::strtoull(argv[i + 1], nullptr, 10);
        else {
            std::fprintf(stderr, "usage: soak_proxy --target PORT [--listen PORT] [--rate R] [--seed N]\n");
            return 2;
        }
    }
    if (target <= 0) {
        std::fprintf(stderr, "soak_proxy: --target PORT is required\n");
        return 2;
    }
    signal(SIGPIPE, SIG_IGN);
    struct sigaction sa = {};
    sa.sa_handler = onStop;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    sa.sa_handler = onFaultsOff;
    sigaction(SIGUSR1, &sa, nullptr);
    sa.sa_handler = onFaultsOn;
    sigaction(SIGUSR2, &sa, nullptr);

    const int server = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(server, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr = {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(uint16_t(listenPort));
    if (bind(server, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || listen(server, 128) != 0) {
        std::fprintf(stderr, "soak_proxy: cannot listen on 127.0.0.1:%d: %s\n", listenPort, std::strerror(errno));
        return 1;
    }
    socklen_t len = sizeof addr;
    getsockname(server, reinterpret_cast<sockaddr *>(&addr), &len);
    nonBlocking(server);
    std::printf("port %d\n", ntohs(addr.sin_port));
    std::fflush(stdout);

    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    Counts n;
    std::vector<std::unique_ptr<Connection>> conns;
    char buf[65536];

    auto close = [&](Connection &c) {
        if (c.client >= 0)
            ::close(c.client);
        if (c.upstream >= 0)
            ::close(c.upstream);
        c.client = c.upstream = -1;
        c.dead = true;
    };
    // Judges the complete requests waiting in fromClient.
    auto judge = [&](Connection &c) {
        while (!c.dead && !c.fromClient.empty()) {
            if (c.passThrough) {
                c.toUpstream += c.fromClient;
                c.fromClient.clear();
                return;
            }
            const long length = requestLength(c.fromClient);
            if (length == 0)
                return;
            ++n.requests;
            if (length < 0) {
                ++n.chunked;
                c.passThrough = true;
                continue;
            }
            const double draw = uniform(rng);
            if (g_faults && draw < rate / 2) {
                ++n.droppedBefore;
                close(c);
                return;
            }
            if (g_faults && draw < rate)
                c.dropOnAnswer = true;
            else
                ++n.forwarded;
            c.toUpstream += c.fromClient.substr(0, size_t(length));
            c.fromClient.erase(0, size_t(length));
        }
    };

    while (!g_stop) {
        std::vector<pollfd> fds;
        std::vector<std::pair<Connection *, bool>> owners; // connection, is-client
        fds.push_back({server, POLLIN, 0});
        owners.emplace_back(nullptr, false);
        for (auto &c : conns) {
            if (c->dead)
                continue;
            short ce = c->clientEof ? 0 : POLLIN;
            if (!c->toClient.empty())
                ce |= POLLOUT;
            fds.push_back({c->client, ce, 0});
            owners.emplace_back(c.get(), true);
            short ue = c->upstreamEof ? 0 : POLLIN;
            if (!c->toUpstream.empty())
                ue |= POLLOUT;
            fds.push_back({c->upstream, ue, 0});
            owners.emplace_back(c.get(), false);
        }
        const int ready = poll(fds.data(), fds.size(), 200);
        if (ready < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (fds[0].revents & POLLIN) {
            for (;;) {
                const int fd = accept(server, nullptr, nullptr);
                if (fd < 0)
                    break;
                ++n.connections;
                auto c = std::make_unique<Connection>();
                c->client = fd;
                nonBlocking(fd);
                c->upstream = socket(AF_INET, SOCK_STREAM, 0);
                sockaddr_in to = {};
                to.sin_family = AF_INET;
                to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
                to.sin_port = htons(uint16_t(target));
                if (connect(c->upstream, reinterpret_cast<sockaddr *>(&to), sizeof to) != 0) {
                    ++n.upstreamFailures;
                    close(*c);
                    continue;
                }
                nonBlocking(c->upstream);
                conns.push_back(std::move(c));
            }
        }
        for (size_t i = 1; i < fds.size(); ++i) {
            Connection &c = *owners[i].first;
            if (c.dead)
                continue;
            const bool isClient = owners[i].second;
            const short ev = fds[i].revents;
            if (isClient) {
                if (ev & (POLLIN | POLLHUP | POLLERR)) {
                    const ssize_t got = read(c.client, buf, sizeof buf);
                    if (got > 0) {
                        c.fromClient.append(buf, size_t(got));
                        judge(c);
                    } else if (got == 0 || (errno != EAGAIN && errno != EINTR)) {
                        c.clientEof = true;
                    }
                }
                if (!c.dead && (ev & POLLOUT) && !c.toClient.empty()) {
                    const ssize_t put = write(c.client, c.toClient.data(), c.toClient.size());
                    if (put > 0) {
                        n.bytesDown += put;
                        c.toClient.erase(0, size_t(put));
                    } else if (put < 0 && errno != EAGAIN && errno != EINTR) {
                        close(c);
                    }
                }
            } else {
                if (ev & (POLLIN | POLLHUP | POLLERR)) {
                    const ssize_t got = read(c.upstream, buf, sizeof buf);
                    if (got > 0) {
                        if (c.dropOnAnswer) {
                            // The SIT answered: it has done the work. The client never hears of it.
                            ++n.droppedAfter;
                            close(c);
                            continue;
                        }
                        c.toClient.append(buf, size_t(got));
                    } else if (got == 0 || (errno != EAGAIN && errno != EINTR)) {
                        c.upstreamEof = true;
                    }
                }
                if (!c.dead && (ev & POLLOUT) && !c.toUpstream.empty()) {
                    const ssize_t put = write(c.upstream, c.toUpstream.data(), c.toUpstream.size());
                    if (put > 0) {
                        n.bytesUp += put;
                        c.toUpstream.erase(0, size_t(put));
                    } else if (put < 0 && errno != EAGAIN && errno != EINTR) {
                        close(c);
                    }
                }
            }
            // Either side gone: what the other still has to receive is flushed first.
            if (!c.dead && c.clientEof && c.toUpstream.empty())
                close(c);
            else if (!c.dead && c.upstreamEof && c.toClient.empty())
                close(c);
        }
        std::vector<std::unique_ptr<Connection>> live;
        for (auto &c : conns)
            if (!c->dead)
                live.push_back(std::move(c));
        conns.swap(live);
    }
    for (auto &c : conns)
        close(*c);
    ::close(server);
    std::printf("{\"connections\":%ld,\"requests\":%ld,\"forwarded\":%ld,\"dropped_before\":%ld,\"dropped_after\":%ld,"
                "\"chunked\":%ld,\"upstream_failures\":%ld,\"bytes_up\":%lld,\"bytes_down\":%lld}\n",
                n.connections, n.requests, n.forwarded, n.droppedBefore, n.droppedAfter, n.chunked,
                n.upstreamFailures, n.bytesUp, n.bytesDown);
    std::fflush(stdout);
    return 0;
}

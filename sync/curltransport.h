#pragma once

// HTTP through libcurl on a worker thread of its own: one multi handle, so connections are kept alive and reused;
// TLS verification always on (a private CA can be added, never verification turned off); gzip/deflate/brotli
// accepted; proxies from the environment (http_proxy, https_proxy, no_proxy), as libcurl reads them.

#include "http.h"

#include <QString>

#include <memory>

namespace territori::sync {

class CurlTransport : public Transport
{
public:
    struct Options
    {
        QString caFile;             // PEM bundle of an extra CA to trust (e.g. a metropolitan private CA)
        int connectTimeoutMs = 15000;
        int stallSeconds = 30;      // a transfer that moves no byte for this long fails as a network error
        QByteArray userAgent = "Territori";
    };

    explicit CurlTransport(Options options);
    CurlTransport() : CurlTransport(Options()) {}
    ~CurlTransport() override;

    HttpReply *start(const HttpRequest &request) override;
    void setCredentials(const Credentials &credentials) override;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace territori::sync

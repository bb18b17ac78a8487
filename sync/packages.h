#pragma once

// Basemap packages: files of the SIT's file store (/files/<sha256>.mbtiles) that a project's definition names. Fetched
// into the project folder beside their final name (".part"), resumed where a cut transfer stopped (HTTP Range),
// checked by SHA-256 and only then renamed into place: a map never opens half a package.

#include "sitclient.h"

#include <functional>

namespace territori::sync {

// Whether the file at path is the package with this SHA-256. The check that read the whole file is remembered beside
// it (path + ".sha256", with its size and modification time), so a package of hundreds of MB is read once.
bool packageIsHere(const QString &path, const QString &sha256);

// Fetches the package `name` of the file store into path (resuming path + ".part"). A file that arrives whole but
// with another SHA-256 is deleted (the next try starts again) and reported.
CallResult fetchPackage(SitClient &client, const QString &name, const QString &sha256, qint64 size,
                        const QString &path, const std::function<void(qint64, qint64)> &progress = {});

} // namespace territori::sync

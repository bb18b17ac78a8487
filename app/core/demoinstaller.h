#pragma once

#include <QString>

#include <memory>

namespace territori::store {
class Project;
}

namespace territori::core {

// Installs the bundled demo project (project.json, features/<layer>.geojson, basemaps/) into a project folder.
// The sample features are written as rows the SIT already holds (no outbox entries), with UUIDs derived from their
// ids, so the same sample on the tablet and in the demo SIT is recognised as one feature, never duplicated.
class DemoInstaller
{
public:
    // Throws store::StoreError. On failure the target folder is removed again, so the next start retries cleanly.
    static std::unique_ptr<store::Project> install(const QString &bundleDirectory, const QString &targetDirectory);

    // The UUID a sample feature gets: name-based (v5) from the project id and the feature id.
    static QString sampleUuid(const QString &projectId, const QString &featureId);
};

} // namespace territori::core

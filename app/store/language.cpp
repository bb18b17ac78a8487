#include "language.h"

#include <atomic>
#include <mutex>

namespace territori::store {

namespace {
std::mutex languageMutex;
QString currentLanguage = QStringLiteral("it");
} // namespace

QString uiLanguage()
{
    std::lock_guard<std::mutex> lock(languageMutex);
    return currentLanguage;
}

void setUiLanguage(const QString &language)
{
    std::lock_guard<std::mutex> lock(languageMutex);
    currentLanguage = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("it");
}

} // namespace territori::store

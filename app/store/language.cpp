#include "language.h"

#include <QLocale>

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
    // Dates and numbers the UI shows (Qt.locale() in QML, QLocale() in C++) follow the UI language, not the
    // machine's: an Italian UI on an English system still reads "8 dic 2026" and "12,5". English is the British
    // variant: day before month, as an Italian reader of the English UI expects.
    QLocale::setDefault(currentLanguage == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                               : QLocale(QLocale::Italian, QLocale::Italy));
}

} // namespace territori::store

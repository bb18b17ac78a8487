#pragma once

// The language of territori-import and territori-export: --lang, else the system's (Italian or English), with the
// catalogues compiled into each command.

#include "language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace territori::gis::cli {

inline void useLanguage(const QString &requested, QTranslator &translator)
{
    const QString language = !requested.isEmpty() ? requested
                             : QLocale::system().name().startsWith(QLatin1String("it")) ? QStringLiteral("it")
                                                                                        : QStringLiteral("en");
    store::setUiLanguage(language);
    if (translator.load(QStringLiteral(":/i18n/territori_%1.qm").arg(store::uiLanguage())))
        QCoreApplication::installTranslator(&translator);
}

} // namespace territori::gis::cli

#pragma once

#include <QString>

namespace territori::store {

// The language of the user interface ("it" or "en"). Labels and validation messages follow it; Italian is the default
// because the app is made for the Città metropolitana di Milano.
QString uiLanguage();
void setUiLanguage(const QString &language);

} // namespace territori::store

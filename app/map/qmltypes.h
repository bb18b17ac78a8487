#pragma once

// The QML module "Territori.Map" 1.0: FeatureCanvas (creatable), MapScene and LabelModel (owned by C++, named so that
// properties of their type can be assigned). One function for the app (AppContext::registerTypes), the QML tests and
// the benchmarks, so what a benchmark draws is registered as the app registers it.

namespace territori::map {

// Registers the module's types, once per process (later calls do nothing). Call before the first QML that imports
// Territori.Map is compiled.
void registerQmlTypes();

} // namespace territori::map

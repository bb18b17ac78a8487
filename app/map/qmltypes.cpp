#include "qmltypes.h"

#include "featurecanvas.h"
#include "labelmodel.h"
#include "mapscene.h"

#include <QQmlEngine>

#include <mutex>

namespace territori::map {

void registerQmlTypes()
{
    static std::once_flag once;
    std::call_once(once, [] {
        qmlRegisterType<FeatureCanvas>("Territori.Map", 1, 0, "FeatureCanvas");
        qmlRegisterUncreatableType<MapScene>("Territori.Map", 1, 0, "MapScene", QStringLiteral("owned by C++"));
        qmlRegisterUncreatableType<LabelModel>("Territori.Map", 1, 0, "LabelModel", QStringLiteral("owned by C++"));
    });
}

} // namespace territori::map

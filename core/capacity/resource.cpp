#include "resource.h"

#include <QCoreApplication>

namespace hectare {

QString resourceKey(Resource r)
{
    switch (r) {
    case Resource::Space: return QStringLiteral("space");
    case Resource::Power: return QStringLiteral("power");
    case Resource::Cooling: return QStringLiteral("cooling");
    case Resource::Weight: return QStringLiteral("weight");
    case Resource::Generator: return QStringLiteral("generator");
    }
    return {};
}

QString resourceUnitKey(Resource r)
{
    switch (r) {
    case Resource::Space: return QStringLiteral("positions");
    case Resource::Power:
    case Resource::Cooling: return QStringLiteral("kW");
    case Resource::Weight: return QStringLiteral("kg");
    case Resource::Generator: return QStringLiteral("kVA");
    }
    return {};
}

QString resourceDisplayName(Resource r)
{
    switch (r) {
    case Resource::Space: return QCoreApplication::translate("hectare::Resource", "Space");
    case Resource::Power: return QCoreApplication::translate("hectare::Resource", "Power");
    case Resource::Cooling: return QCoreApplication::translate("hectare::Resource", "Cooling");
    case Resource::Weight: return QCoreApplication::translate("hectare::Resource", "Weight");
    case Resource::Generator: return QCoreApplication::translate("hectare::Resource", "Generators");
    }
    return {};
}

QString resourceUnitName(Resource r)
{
    switch (r) {
    case Resource::Space: return QCoreApplication::translate("hectare::Resource", "positions");
    case Resource::Power:
    case Resource::Cooling: return QCoreApplication::translate("hectare::Resource", "kW");
    case Resource::Weight: return QCoreApplication::translate("hectare::Resource", "kg");
    case Resource::Generator: return QCoreApplication::translate("hectare::Resource", "kVA");
    }
    return {};
}

} // namespace hectare

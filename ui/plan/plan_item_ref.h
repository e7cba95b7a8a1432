#pragma once

#include "layout/clearance.h"

#include <QGraphicsItem>

#include <optional>

namespace hectare::ui {

// Plan items that stand for a document object (racks, obstacles, cages, the hall outline) carry
// which one in QGraphicsItem::data, so that selection and editing code can work on any item
// without knowing its class. Racks keep their id under kRackIdDataKey (0) as before.
inline constexpr int kLayoutKindDataKey = 1;
inline constexpr int kLayoutIdDataKey = 2;

inline void setLayoutRef(QGraphicsItem *item, LayoutObjectRef ref)
{
    item->setData(kLayoutKindDataKey, int(ref.kind));
    item->setData(kLayoutIdDataKey, qint64(ref.id));
}

inline std::optional<LayoutObjectRef> layoutRefOf(const QGraphicsItem *item)
{
    const QVariant kind = item->data(kLayoutKindDataKey);
    if (!kind.isValid())
        return std::nullopt;
    return LayoutObjectRef{LayoutObjectRef::Kind(kind.toInt()), item->data(kLayoutIdDataKey).toLongLong()};
}

} // namespace hectare::ui

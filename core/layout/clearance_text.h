#pragma once

// Private to core/layout: the translated messages of clearance violations, naming the hall and
// the objects the way the user sees them: `Hall "Colocation", rows "A" and "B": cold aisle
// 1.05 m, at least 1.20 m`.

#include "clearance.h"

#include <QCoreApplication>

namespace hectare::layout {

class ClearanceText
{
    Q_DECLARE_TR_FUNCTIONS(hectare::Clearance)

public:
    explicit ClearanceText(const SiteModel &model) : m_model(model) {}

    static QString ruleName(ClearanceRule rule);

    QString aisle(const Hall &hall, const Row &a, const Row &b, AisleKind kind, double widthM, double requiredM) const;
    // A row's hot side facing another row's cold side.
    QString mixedAisle(const Hall &hall, const Row &a, const Row &b, const Row &hot, const Row &cold, double widthM) const;
    QString service(const Hall &hall, const Obstacle &unit, double freeM, double requiredM,
                    const std::vector<LayoutObjectRef> &inTheWay, bool hallWall) const;
    // `racks`: the row's racks too close, in order along the row.
    QString wall(const Hall &hall, const Row &row, const std::vector<const Rack *> &racks, double distanceM,
                 double requiredM) const;

private:
    QString hallName(const Hall &hall) const;
    QString objectName(const LayoutObjectRef &ref) const;
    static QString metres(double value);
    static QString quoted(const QString &name);

    const SiteModel &m_model;
};

} // namespace hectare::layout

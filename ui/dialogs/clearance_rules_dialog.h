#pragma once

#include "model/layout.h"

#include <QDialog>

class QDoubleSpinBox;

namespace hectare::ui {

// The site's clearance rules, in metres: cold aisle, hot aisle, service room in front of PDUs and
// CRAHs, and from racks to walls. The window applies them as one undoable edit of the site.
class ClearanceRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ClearanceRulesDialog(const ClearanceRules &rules, QWidget *parent = nullptr);

    ClearanceRules rules() const;

    QDoubleSpinBox *coldAisleSpin() const { return m_coldAisle; }
    QDoubleSpinBox *hotAisleSpin() const { return m_hotAisle; }
    QDoubleSpinBox *serviceSpin() const { return m_service; }
    QDoubleSpinBox *wallSpin() const { return m_wall; }

private:
    QDoubleSpinBox *addMetres(const QString &objectName, double value);

    QDoubleSpinBox *m_coldAisle = nullptr;
    QDoubleSpinBox *m_hotAisle = nullptr;
    QDoubleSpinBox *m_service = nullptr;
    QDoubleSpinBox *m_wall = nullptr;
};

} // namespace hectare::ui

#pragma once

#include "model/layout.h"
#include "model/tenant.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;

namespace hectare::ui {

// A cage's name and tenant: after drawing a new one, and for Properties… of an existing one.
// Its area is shown, computed from the outline.
class CageDialog : public QDialog
{
    Q_OBJECT

public:
    CageDialog(const Cage &cage, const std::vector<Tenant> &tenants, bool adding, QWidget *parent = nullptr);

    // The cage given, with the name and tenant chosen (its id, hall and outline pass through).
    Cage cage() const;
    void setName(const QString &name);
    // Picks the tenant (kNoId: none); false when it is not in the list.
    bool setTenant(Id tenantId);

private:
    Cage m_cage;
    QLineEdit *m_name = nullptr;
    QComboBox *m_tenant = nullptr;
    QLabel *m_area = nullptr;
};

} // namespace hectare::ui

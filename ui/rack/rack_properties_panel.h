#pragma once

#include "model/hall.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace hectare::ui {

class DocumentSession;

// The selected rack position's properties. Every change is one undo command; what core
// refuses comes back as editRejected(message) and the fields show the document again.
class RackPropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RackPropertiesPanel(QWidget *parent = nullptr);

    void setSession(DocumentSession *session);
    Id rackId() const { return m_rackId; }

    QComboBox *stateCombo() const { return m_state; }
    QComboBox *tenantCombo() const { return m_tenant; }
    QDoubleSpinBox *designKwSpin() const { return m_designKw; }

public Q_SLOTS:
    void showRack(hectare::Id rackId);
    void refresh();

Q_SIGNALS:
    void editRejected(const QString &message);

private:
    void fillChoices();
    void submit(const Rack &edited);
    void onStateChosen();
    void onTenantChosen();
    void onDesignKwEdited();
    void onFeedChosen();
    const Rack *currentRack() const;

    DocumentSession *m_session = nullptr;
    Id m_rackId = kNoId;
    bool m_updating = false;
    QLabel *m_title = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_size = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_tenant = nullptr;
    QDoubleSpinBox *m_designKw = nullptr;
    QComboBox *m_feedA = nullptr;
    QComboBox *m_feedB = nullptr;
};

} // namespace hectare::ui

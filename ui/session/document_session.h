#pragma once

#include "capacity/capacity_report.h"
#include "model/error.h"
#include "model/site_model.h"
#include "store/document.h"

#include <QDate>
#include <QObject>

#include <memory>

class QUndoStack;

namespace hectare::ui {

class DocumentCommand;

// The open document as the window sees it: the core Document, its undo stack, and the
// capacity report that core recomputes after every edit. Views read model() and report()
// and update from the change signals; they never query SQL or compute budgets themselves.
class DocumentSession : public QObject
{
    Q_OBJECT

public:
    // `isSample`: the bundled sample, in memory until "Save As".
    DocumentSession(std::unique_ptr<Document> document, bool isSample, QObject *parent = nullptr);
    ~DocumentSession() override;

    const SiteModel &model() const { return m_document->model(); }
    const CapacityReport &report() const { return *m_report; }
    Document &document() { return *m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isSample() const { return m_isSample; }
    bool isReadOnly() const { return m_document->isReadOnly(); }
    QString path() const { return m_document->path(); }
    QDate asOf() const { return m_asOf; }

    // Applies a command's first redo; on success pushes it on the undo stack, on failure
    // deletes it and returns the core's error (the document is unchanged).
    Status execute(DocumentCommand *command);

    // For commands: runs one edit in one transaction, then recomputes capacity and emits
    // `changed` with what the edit touched.
    // Layout: rows, racks, obstacles, cages or outlines of the hall `id` (kNoId: several halls).
    // PriceBook: the site's price book. Quotes: quotes and their holds, and what converting one
    // touches (a tenant, a contract, rack states), so it also resets tenants, contracts and plans.
    // FailureScenarios: the named failure scenarios (SiteModel::failureScenarios).
    enum class Touched { Rack, Tenants, Contracts, Site, Scenarios, Layout, PriceBook, Quotes, FailureScenarios };
    Status apply(const Document::Edit &edit, Touched touched, Id id = kNoId);

Q_SIGNALS:
    void rackChanged(hectare::Id rackId);
    void tenantsReset();
    void contractsReset();
    void siteChanged();
    void scenariosReset();
    // Rows, racks, obstacles, cages or the outline of a hall changed (kNoId: of several halls).
    void layoutChanged(hectare::Id hallId);
    void priceBookChanged();
    // Quotes were issued, reserved, converted, cancelled or expired.
    void quotesReset();
    // A failure scenario was added, edited or deleted.
    void failureScenariosReset();
    void capacityChanged();
    // An undo or redo that core refused (e.g. the file became read-only); shown to the user.
    void editFailed(const QString &message);

private:
    void recomputeCapacity();

    std::unique_ptr<Document> m_document;
    std::unique_ptr<CapacityReport> m_report;
    QUndoStack *m_undoStack = nullptr;
    bool m_isSample = false;
    QDate m_asOf;
};

} // namespace hectare::ui

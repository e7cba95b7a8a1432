#pragma once

#include "plan_sheet_options.h"

#include "model/error.h"
#include "model/site_model.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace hectare::ui {

// Chooses how a hall goes on paper (paper, orientation, scale, layers, colour, title block) and
// shows it in a print preview or exports it to PDF, SVG or PNG. The model must outlive the dialog.
class PlanSheetDialog : public QDialog
{
    Q_OBJECT

public:
    PlanSheetDialog(const SiteModel *model, Id hallId, QDate asOf, QWidget *parent = nullptr);

    PlanSheetOptions options() const;
    void setOptions(const PlanSheetOptions &options);

    // "5 sheets: a key sheet and 2 × 2 tiles at 1:50", or the reason there can be none.
    QString summaryText() const;

public Q_SLOTS:
    void preview();
    void exportToFile();
    // Exports to `path` by its extension; the files written, or the error (also shown in the dialog).
    Result<QStringList> exportTo(const QString &path);

private:
    void buildForm();
    void updateSummary();

    const SiteModel *m_model;
    Id m_hallId;
    QDate m_asOf;
    QComboBox *m_paper = nullptr;
    QComboBox *m_orientation = nullptr;
    QComboBox *m_scale = nullptr;
    QComboBox *m_colour = nullptr;
    std::vector<std::pair<SheetLayer, QCheckBox *>> m_layers;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_revision = nullptr;
    QLineEdit *m_author = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace hectare::ui

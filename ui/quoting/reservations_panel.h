#pragma once

#include "model/error.h"
#include "model/ids.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace hectare::ui {

class DocumentSession;
class QuoteFilterProxy;
class QuoteTableModel;

// The Quotes dock: every quote of the document with its status at the session's date, live
// holds highlighted and lapsed ones shown as expired; "Live holds only" narrows it to what holds
// capacity now. Reserve, Convert (signed) and Cancel are each one undo step (QuoteCommand); a
// refusal from core is shown under the table and sent as editRejected. Save PDF… writes the
// customer's PDF of the selected quote.
class ReservationsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReservationsPanel(QWidget *parent = nullptr);
    ~ReservationsPanel() override;

    // nullptr empties the panel.
    void setSession(DocumentSession *session);

    QuoteTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QCheckBox *liveOnlyBox() const { return m_liveOnly; }
    QPushButton *reserveButton() const { return m_reserve; }
    QPushButton *convertButton() const { return m_convert; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *savePdfButton() const { return m_savePdf; }
    // The last refusal; empty once an action went through.
    QString statusText() const;

    Id currentQuoteId() const;
    // Selects the quote's row, clearing "Live holds only" if it hides it; false if there is none.
    bool selectQuote(Id quoteId);
    // Live holds at the session's date.
    int liveHoldCount() const;

    // The actions on the selected quote, as the buttons run them; the refusal is also shown.
    Status reserveSelected();
    Status convertSelected();
    Status cancelSelected();
    // Writes the selected quote's PDF to `path` (no file dialog).
    Status savePdf(const QString &path);

Q_SIGNALS:
    // The user picked a quote (kNoId: none): the window may show its positions on the plan.
    void quoteSelected(hectare::Id quoteId);
    void liveHoldCountChanged(int count);
    void pdfSaved(const QString &path);
    void editRejected(const QString &message);

private:
    Status run(Status status);
    void chooseAndSavePdf();
    void refresh();
    void updateActions();
    void showRejection(const QString &message);
    void clearRejection();

    QPointer<DocumentSession> m_session;
    QuoteTableModel *m_model = nullptr;
    QuoteFilterProxy *m_proxy = nullptr;
    QCheckBox *m_liveOnly = nullptr;
    QPushButton *m_reserve = nullptr;
    QPushButton *m_convert = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_savePdf = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_statusLine = nullptr;
    QLabel *m_statusText = nullptr;
    int m_liveCount = -1;
};

} // namespace hectare::ui

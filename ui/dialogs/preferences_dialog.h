#pragma once

#include <QDialog>

class QComboBox;

namespace hectare::ui {

// Preferences: the interface language (system, English, French). Applied at the next start,
// because every window, menu and message is built in one language.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    void accept() override;

private:
    QComboBox *m_language = nullptr;
};

} // namespace hectare::ui

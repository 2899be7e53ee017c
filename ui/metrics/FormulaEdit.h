#pragma once

#include "formula/FormulaError.h"
#include "formula/FormulaVocabulary.h"

#include <QPlainTextEdit>
#include <optional>

class QLabel;

namespace accord {

// A formula field that checks the text against the workspace's formula language on every keystroke: the verdict
// ("✓ valid" or the parser's message) stands under the field and the place of the error is underlined in red, so a
// broken formula is seen before it is saved. Manual metrics have no formula; the field then says so.
class FormulaEdit : public QWidget
{
    Q_OBJECT

public:
    explicit FormulaEdit(QWidget* parent = nullptr);

    void setVocabulary(const FormulaVocabulary& vocabulary);
    // Metrics entered by hand have no formula: the field is then empty, read-only and says why.
    void setEnteredByHand(bool byHand);
    bool isEnteredByHand() const { return m_byHand; }
    void setReadOnly(bool readOnly);

    QString text() const;
    // Replaces the text unless it already reads so, which keeps the caret where the user left it.
    void setText(const QString& text);

    bool isValid() const { return m_byHand || !m_error; }
    std::optional<FormulaError> error() const { return m_error; }
    QPlainTextEdit* editor() const { return m_edit; }
    QLabel* verdict() const { return m_verdict; }

Q_SIGNALS:
    // The user left the field after changing it.
    void editingFinished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void validate();

    QPlainTextEdit* m_edit;
    QLabel* m_verdict;
    FormulaVocabulary m_vocabulary = FormulaVocabulary::defaults();
    std::optional<FormulaError> m_error;
    bool m_byHand = false;
    bool m_modified = false;
};

} // namespace accord

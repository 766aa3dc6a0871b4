#include <QTest>

class TestScorer : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestScorer)
#include "tst_scorer.moc"

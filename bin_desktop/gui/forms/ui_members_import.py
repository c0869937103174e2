# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'members_import.ui'
##
## Created by: Qt User Interface Compiler version 6.10.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGroupBox, QHeaderView, QLabel, QSizePolicy,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_MemberImportDialog(object):
    def setupUi(self, MemberImportDialog):
        if not MemberImportDialog.objectName():
            MemberImportDialog.setObjectName(u"MemberImportDialog")
        MemberImportDialog.resize(1040, 680)
        self.mainLayout = QVBoxLayout(MemberImportDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(MemberImportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.splitter = QSplitter(MemberImportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.columnsBox = QWidget(self.splitter)
        self.columnsBox.setObjectName(u"columnsBox")
        self.columnsLayout = QVBoxLayout(self.columnsBox)
        self.columnsLayout.setSpacing(4)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.columnsLayout.setContentsMargins(0, 0, 0, 0)
        self.columnsLabel = QLabel(self.columnsBox)
        self.columnsLabel.setObjectName(u"columnsLabel")

        self.columnsLayout.addWidget(self.columnsLabel)

        self.columnsView = QTableView(self.columnsBox)
        self.columnsView.setObjectName(u"columnsView")

        self.columnsLayout.addWidget(self.columnsView)

        self.splitter.addWidget(self.columnsBox)
        self.previewBox = QWidget(self.splitter)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setSpacing(4)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewLabel = QLabel(self.previewBox)
        self.previewLabel.setObjectName(u"previewLabel")

        self.previewLayout.addWidget(self.previewLabel)

        self.previewView = QTableView(self.previewBox)
        self.previewView.setObjectName(u"previewView")

        self.previewLayout.addWidget(self.previewView)

        self.splitter.addWidget(self.previewBox)

        self.mainLayout.addWidget(self.splitter)

        self.resultBox = QGroupBox(MemberImportDialog)
        self.resultBox.setObjectName(u"resultBox")
        self.resultLayout = QVBoxLayout(self.resultBox)
        self.resultLayout.setSpacing(4)
        self.resultLayout.setObjectName(u"resultLayout")
        self.summaryLabel = QLabel(self.resultBox)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.resultLayout.addWidget(self.summaryLabel)

        self.diffLabel = QLabel(self.resultBox)
        self.diffLabel.setObjectName(u"diffLabel")
        self.diffLabel.setText(u"")
        self.diffLabel.setWordWrap(True)

        self.resultLayout.addWidget(self.diffLabel)


        self.mainLayout.addWidget(self.resultBox)

        self.buttonBox = QDialogButtonBox(MemberImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.columnsLabel.setBuddy(self.columnsView)
        self.previewLabel.setBuddy(self.previewView)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MemberImportDialog)

        QMetaObject.connectSlotsByName(MemberImportDialog)
    # setupUi

    def retranslateUi(self, MemberImportDialog):
        MemberImportDialog.setWindowTitle(QCoreApplication.translate("MemberImportDialog", u"Import a member list", None))
#if QT_CONFIG(accessibility)
        MemberImportDialog.setAccessibleName(QCoreApplication.translate("MemberImportDialog", u"Import a member list", None))
#endif // QT_CONFIG(accessibility)
        self.columnsLabel.setText(QCoreApplication.translate("MemberImportDialog", u"&Which column holds what (guessed from the headers; change what is wrong):", None))
#if QT_CONFIG(accessibility)
        self.columnsView.setAccessibleName(QCoreApplication.translate("MemberImportDialog", u"Columns of the file", None))
#endif // QT_CONFIG(accessibility)
        self.previewLabel.setText(QCoreApplication.translate("MemberImportDialog", u"The first &rows of the file:", None))
#if QT_CONFIG(accessibility)
        self.previewView.setAccessibleName(QCoreApplication.translate("MemberImportDialog", u"First rows of the file", None))
#endif // QT_CONFIG(accessibility)
        self.resultBox.setTitle(QCoreApplication.translate("MemberImportDialog", u"Trial run (nothing is stored yet)", None))
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("MemberImportDialog", u"Rows by result", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.diffLabel.setAccessibleName(QCoreApplication.translate("MemberImportDialog", u"Compared with the members on record", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


# a bank account example with validation
class InsufficientFunds(Exception):
    pass
class Account:
    interest = 0.02
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.history.append(("dep", amt))
        return self
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(f"{self.owner}: need {amt}, have {self.balance}")
        self.balance -= amt
        self.history.append(("wd", amt))
        return self
    def apply_interest(self):
        self.balance = round(self.balance * (1 + self.interest), 2)
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self.balance})"
a = Account("alice", 100)
b = Account("bob")
a.deposit(50).withdraw(30)
b.deposit(10)
try:
    b.withdraw(100)
except InsufficientFunds as e:
    print(type(e).__name__ + ":", e)
try:
    a.deposit(-1)
except ValueError as e:
    print(type(e).__name__ + ":", e)
a.apply_interest()
print(a, b, a.history, b.history)

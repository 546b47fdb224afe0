# list used as stack and queue
stack = []
for i in range(5):
    stack.append(i)
out = []
while stack:
    out.append(stack.pop())
print(out)
queue = list(range(5))
out = []
while queue:
    out.append(queue.pop(0))
    if len(out) == 2:
        queue.append(99)
print(out)
def rpn(tokens):
    st = []
    for t in tokens.split():
        if t in "+-*/":
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[t])
        else:
            st.append(int(t))
    return st
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("7 2 /"))

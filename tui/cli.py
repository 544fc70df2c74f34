def main():
    print("hoptac")

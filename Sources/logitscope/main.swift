print("logitscope")
